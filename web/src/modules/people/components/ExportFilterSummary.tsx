import { useI18n } from '../../../app/i18n';
import { useTagCatalog } from '../api';
import { useExportT } from '../exportI18n';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** A request's stored filters in words: "年龄 ≥ 60；来沪人员", or "全部居民" when there are none. */
export function ExportFilterSummary({ filters }: { filters: Record<string, unknown> }) {
  const t = useExportT();
  const genderTerms = useVocabulary('people.gender');
  const residenceTerms = useVocabulary('people.residence');
  const { label } = useI18n();
  const catalog = useTagCatalog();
  const f = filters as Partial<Record<'unitId' | 'gridId' | 'q' | 'tags' | 'ageMin' | 'ageMax' | 'gender' | 'residence' | 'noVisitDays', string | number>>;
  const tagName = (code: string) => {
    const tag = catalog.data?.items.find((i) => i.code === code);
    return tag ? label(tag.name) : code;
  };
  const parts = [
    f.unitId !== undefined && t('exports.filter.unit', { id: f.unitId }),
    f.gridId !== undefined && t('exports.filter.grid', { id: f.gridId }),
    f.q !== undefined && t('exports.filter.q', { q: f.q }),
    f.tags !== undefined && t('exports.filter.tags', { names: String(f.tags).split(',').map(tagName).join('、') }),
    f.ageMin !== undefined && t('exports.filter.ageMin', { n: f.ageMin }),
    f.ageMax !== undefined && t('exports.filter.ageMax', { n: f.ageMax }),
    f.gender !== undefined && genderTerms.label(String(f.gender)),
    f.residence !== undefined && residenceTerms.label(String(f.residence)),
    f.noVisitDays !== undefined && t('exports.filter.noVisitDays', { n: f.noVisitDays }),
  ].filter((p): p is string => !!p);
  return <span>{parts.length ? parts.join('；') : t('exports.allResidents')}</span>;
}
