import { usePeopleT } from './i18n'; export function X() { const t = usePeopleT(); return t('nope.key'); }
