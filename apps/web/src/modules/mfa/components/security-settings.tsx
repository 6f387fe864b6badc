import { ErrorNotice } from '../../../ui/status';
import { useSecuritySettings, useSetMfaRequired } from '../hooks/use-mfa';

/** The trust's rule: its IT directors and engineers sign in with a second step (DfE cyber security standard). */
export function SecuritySettings() {
  const settings = useSecuritySettings();
  const change = useSetMfaRequired();
  const required = settings.data?.securitySettings.mfaRequired ?? false;
  return (
    <section className="stacked" aria-labelledby="security-heading">
      <h2 id="security-heading">Sign-in security</h2>
      {settings.error && <ErrorNotice message={settings.error.message} />}
      <label className="check">
        <input
          type="checkbox"
          checked={required}
          disabled={!settings.data || change.isPending}
          onChange={(e) => change.mutate({ required: e.target.checked })}
        />
        Require two-step sign-in for IT directors and engineers
      </label>
      <p className="hint">
        The DfE cyber security standard asks for it on accounts that administer systems. Anyone without an app set up is
        asked to set one up at their next sign-in; everyone else may turn it on from their profile.
      </p>
      {change.error && <ErrorNotice message={change.error.message} />}
    </section>
  );
}
