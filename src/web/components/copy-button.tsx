/**
 * A button that copies a text (an address, a one-time secret) and says so. Without clipboard
 * access the text stays on screen to be copied by hand. `children` is said after the button's
 * word to those who hear rather than see which text it copies.
 */
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n';

export function CopyButton({
  text,
  small,
  children,
}: {
  text: string;
  small?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Left on screen: the person copies it by hand.
    }
  };
  return (
    <Button className={small ? 'secondary small' : 'secondary'} onPress={() => void copy()}>
      {copied ? t('users.copied') : t('users.copy')}
      {children}
    </Button>
  );
}
