// #region trusted-types
// A runtime plugin of the console: the federation runtime creates each remote's <script> through this
// hook, so its URL is a TrustedScriptURL of the console's own policy, which lets through the URLs of
// the remotes the console knows and nothing else.
const REMOTES = [new URL(`${process.env.ACTIVE_SESSIONS_URL}/`)];

const policy = trustedTypes.createPolicy('console-remotes', {
  createScriptURL(url) {
    const resolved = new URL(url, document.baseURI);
    const known = REMOTES.some(
      (remote) => resolved.origin === remote.origin && resolved.pathname.startsWith(remote.pathname),
    );
    if (!known) throw new TypeError(`No script from ${resolved.origin}${resolved.pathname}`);
    return resolved.href;
  },
});

export default function trustedScriptUrls() {
  return {
    name: 'console-trusted-script-urls',
    createScript({ url }) {
      const script = document.createElement('script');
      script.src = policy.createScriptURL(url);
      return script;
    },
  };
}
// #endregion trusted-types
