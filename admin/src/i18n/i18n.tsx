// zh-CN first, English on a switch; the choice is remembered on this device.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en, type MessageKey, zh } from './messages';

export type Locale = 'zh-CN' | 'en';
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const I18nContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void; t: Translate } | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const chosen: Locale = localStorage.getItem('zb.locale') === 'en' ? 'en' : 'zh-CN';
    // words.ts and rjsf read the language from <html lang>, so it is set before the first render.
    document.documentElement.lang = chosen;
    return chosen;
  });
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem('zb.locale', l);
    document.documentElement.lang = l;
    setLocaleState(l);
  }, []);
  const t = useCallback<Translate>((key, vars) => {
    let text: string = (locale === 'en' ? en : zh)[key] ?? key;
    for (const [k, v] of Object.entries(vars ?? {})) text = text.replace(`{${k}}`, String(v));
    return text;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
