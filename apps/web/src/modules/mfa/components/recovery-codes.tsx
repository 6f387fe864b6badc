interface RecoveryCodesProps {
  codes: string[];
  onDone(): void;
}

/** Ten codes, shown once: each signs in once without the phone. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  return (
    <section className="stacked" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Your recovery codes</h2>
      <p>
        Each code signs you in once if your phone is lost or flat. Keep them somewhere safe (print them, or a password
        manager): TrustOps will not show them again.
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={onDone}>
          I have saved these codes
        </button>
      </div>
    </section>
  );
}
