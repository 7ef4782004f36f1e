/**
 * One's second factor: set it up (a QR code to scan, or the key to type, then a code to prove
 * the authenticator has it), or turn it off with one's password.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Field } from '../fields';
import { useMe } from '../me';
import { ProblemNote } from '../problem';

export function SecondFactor() {
  const { user } = useMe();
  return user.totpEnabled ? <TurnOff /> : <SetUp />;
}

function SetUp() {
  const t = useT();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const begin = useMutation({ mutationFn: () => call(api.POST('/api/auth/totp/setup')) });
  const confirm = useMutation({
    mutationFn: () => call(api.POST('/api/auth/totp/enable', { body: { code: code.trim() } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['me'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  if (!begin.data)
    return (
      <div className="verify">
        <p>{t('account.factorOff')}</p>
        <ProblemNote error={begin.error} />
        <Button className="primary" onPress={() => begin.mutate()} isDisabled={begin.isPending}>
          {t('account.factorSetUp')}
        </Button>
      </div>
    );
  return (
    <div className="factor-setup">
      <p>{t('account.factorScan')}</p>
      <QrCode uri={begin.data.uri} label={t('account.factorQr')} />
      <p>
        {t('account.factorKey')}{' '}
        <code className="factor-key" dir="ltr">
          {begin.data.secret.replace(/(.{4})/g, '$1 ').trim()}
        </code>
      </p>
      <Form onSubmit={submit} className="form narrow" aria-label={t('account.factorConfirm')}>
        <Field
          name="code"
          label={t('account.factorCode')}
          description={t('signIn.totpHelp')}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          required
          problem={confirm.error}
        />
        <ProblemNote error={confirm.error} />
        <Button type="submit" className="primary" isDisabled={confirm.isPending}>
          {t('account.factorConfirm')}
        </Button>
      </Form>
    </div>
  );
}

/** The otpauth URI as a QR code, drawn in the browser (the secret never leaves the page). */
function QrCode({ uri, label }: { uri: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then((qr) =>
      qr.toDataURL(uri, { margin: 2, width: 220, errorCorrectionLevel: 'M' }).then((url) => {
        if (current) setSrc(url);
      }),
    );
    return () => {
      current = false;
    };
  }, [uri]);
  return src ? <img className="qr" src={src} alt={label} width={220} height={220} /> : null;
}

function TurnOff() {
  const t = useT();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const off = useMutation({
    mutationFn: () => call(api.POST('/api/auth/totp/disable', { body: { password } })),
    onSuccess: async () => {
      setPassword('');
      await client.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    off.mutate();
  };
  return (
    <div className="verify">
      <p>{t('account.factorOn')}</p>
      <Form onSubmit={submit} className="form narrow" aria-label={t('account.factorTurnOff')}>
        <Field
          name="password"
          label={t('password.current')}
          description={t('account.factorTurnOffHelp')}
          value={password}
          onChange={setPassword}
          type="password"
          autoComplete="current-password"
          required
          problem={off.error}
        />
        <ProblemNote error={off.error} />
        <Button type="submit" className="danger" isDisabled={off.isPending}>
          {t('account.factorTurnOff')}
        </Button>
      </Form>
    </div>
  );
}
