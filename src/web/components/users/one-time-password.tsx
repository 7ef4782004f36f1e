/**
 * A one-time password, shown once: the node keeps only its hash, so this is the only moment it
 * can be read. Said so plainly, with a way to copy it.
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../../i18n/i18n';

export function OneTimePassword({ name, password }: { name: string; password: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // Without clipboard access the password stays on screen to be copied by hand.
    }
  };
  return (
    <div className="done one-time" role="status">
      <p>
        <strong>{t('users.otpTitle', { name })}</strong>
      </p>
      <p className="otp" dir="ltr" lang="en">
        <code>{password}</code>
      </p>
      <p>{t('users.otpHelp')}</p>
      <Button className="secondary" onPress={() => void copy()}>
        {copied ? t('users.copied') : t('users.copy')}
      </Button>
    </div>
  );
}
