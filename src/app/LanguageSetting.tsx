import { useState } from "react";
import { useT } from "../i18n/active-language";
import { chooseLanguageOnDevice, languageChoice } from "../i18n/language-choice";
import { languages, ownNames, PSEUDO } from "../i18n/languages";

type Choice = ReturnType<typeof languageChoice>;

/** The app's language on this device: automatic (Alga's preference, else the browser's), or one of Alga's eight by its own name. */
export function LanguageSetting() {
  const t = useT();
  const [choice, setChoice] = useState<Choice>(languageChoice);
  const choose = (next: Choice) => {
    setChoice(next);
    void chooseLanguageOnDevice(next);
  };
  return (
    <section aria-labelledby="language-heading" className="settings__section">
      <h2 id="language-heading">{t("settings.language")}</h2>
      <select
        className="control settings__language"
        aria-labelledby="language-heading"
        aria-describedby="language-hint"
        value={choice}
        onChange={(event) => choose(event.target.value as Choice)}
      >
        <option value="auto">{t("settings.languageAuto")}</option>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {ownNames[language]}
          </option>
        ))}
        {import.meta.env.DEV ? <option value={PSEUDO}>{PSEUDO}</option> : null}
      </select>
      <p id="language-hint" className="settings__hint">
        {t("settings.languageHint")}
      </p>
    </section>
  );
}
