/**
 * A TLP level as FIRST's TLP 2.0 colours it (black ground, coloured words), always with its
 * name written out, so the colour is never the only sign.
 */
import { useT } from '../../i18n/i18n';
import { tlpOf } from '../../lib/stix';

export function TlpTag({ markings }: { markings: readonly unknown[] | undefined }) {
  const t = useT();
  const tlp = tlpOf(markings);
  if (!tlp) return <span className="muted">{t('incidents.unmarked')}</span>;
  return (
    <span className="tlp" data-tlp={tlp} dir="ltr">
      TLP:{tlp.toUpperCase()}
    </span>
  );
}
