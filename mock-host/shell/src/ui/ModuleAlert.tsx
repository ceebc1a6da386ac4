import { useState } from 'react';

interface ModuleAlertProps {
  moduleName: string;
  reason?: string | undefined;
  onRetry: () => Promise<void>;
}

/** Names the module that failed and offers to load it again in place, keeping the rest of the console usable. */
export function ModuleAlert({ moduleName, reason, onRetry }: ModuleAlertProps) {
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    onRetry().finally(() => setRetrying(false));
  };
  return (
    <div role="alert" className="shell-alert">
      <p className="shell-alert__title">The module {moduleName} could not be loaded.</p>
      {reason ? <p className="shell-alert__detail">Reason: {reason}</p> : null}
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
