import { LANGUAGES } from '../language/console-language';

interface LanguageSwitchProps {
  language: string;
  onChange: (language: string) => void;
}

/** The console user's language; a tag that came from the URL and is not offered is listed as itself. */
export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const options = LANGUAGES.some((option) => option.tag === language)
    ? LANGUAGES
    : [...LANGUAGES, { tag: language, label: language }];
  return (
    <div className="shell-language">
      <label htmlFor="console-language">Language</label>
      <select id="console-language" value={language} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.tag} value={option.tag} lang={option.tag}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
