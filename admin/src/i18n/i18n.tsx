// zh-CN first, English on a switch; the choice is remembered on this device. One translate
// for every text: named messages (messages.ts) and the builder's phrases (words.ts), both typed,
// read from one current locale (React re-renders through the context when it changes).
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en, type MessageKey, zh } from './messages';
import { type Phrase, PHRASES } from './words';

export type Locale = 'zh-CN' | 'en';
export type TextKey = MessageKey | Phrase;
type Translate = (key: TextKey, vars?: Record<string, string | number>) => string;

const remembered = (): Locale => (typeof localStorage !== 'undefined' && localStorage.getItem('zb.locale') === 'en' ? 'en' : 'zh-CN');
let current: Locale = remembered();

/** The language chosen now (for code outside React's render: rjsf's strings, charts). */
export function currentLocale(): Locale {
  return current;
}

/** A text in the current language, `{name}` placeholders filled from `vars`. */
export function translate(key: TextKey, vars: Record<string, string | number> = {}): string {
  const english = current === 'en';
  let text: string = key in zh
    ? (english ? en : zh)[key as MessageKey]
    : english ? PHRASES[key as Phrase] ?? key : key;
  for (const [k, v] of Object.entries(vars)) text = text.replace(`{${k}}`, String(v));
  return text;
}

const I18nContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void; t: Translate } | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    document.documentElement.lang = current; // screen readers and fonts follow the page's language
    return current;
  });
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem('zb.locale', l);
    document.documentElement.lang = l;
    current = l;
    setLocaleState(l);
  }, []);
  // A new function per language, so components using it render again when it changes.
  const t = useCallback<Translate>((key, vars) => translate(key, vars), [locale]);
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
