/**
 * A button for an act that cannot be taken back in one click (disabling an account, ending its
 * sessions): the first press asks, in words that say what will happen; the second does it.
 */
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n';

export function ConfirmButton(props: {
  readonly label: string;
  /** What will happen, said before it does. */
  readonly consequence: ReactNode;
  readonly busy?: boolean;
  readonly danger?: boolean;
  onConfirm(): void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button
        className={props.danger ? 'danger' : 'secondary'}
        onPress={() => setAsking(true)}
        isDisabled={props.busy ?? false}
      >
        {props.label}
      </Button>
    );
  return (
    <div className="confirm-box">
      <p role="alert" className="confirm">
        {props.consequence}
      </p>
      <div className="button-row">
        <Button
          className={props.danger ? 'danger' : 'primary'}
          autoFocus
          onPress={() => {
            setAsking(false);
            props.onConfirm();
          }}
        >
          {t('actions.confirmButton', { action: props.label })}
        </Button>
        <Button className="secondary" onPress={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
