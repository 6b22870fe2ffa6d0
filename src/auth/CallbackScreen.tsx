import { useEffect, useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { Button } from "../ui/Button";
import { ButtonLink } from "../ui/ButtonLink";
import { Message } from "../ui/Message";
import { SkeletonList } from "../ui/Skeleton";
import { otherAccountsData, removeAccountData, type OtherAccountsData } from "./account-data";
import type { CallbackParams } from "./callback-params";
import { completeSignIn, type CompletedSignIn } from "./handoff";
import { useSession } from "./session";
import { SignInError } from "../lib/sign-in-error";
import { t, useT } from "../i18n/active-language";
import { signInErrorText } from "./sign-in-error-text";

// One completion per page load: React may run effects twice, and the exchange must run once.
let completion: Promise<CompletedSignIn> | null = null;

interface Finished {
  returnTo: string;
  others: OtherAccountsData;
}

export function CallbackScreen({ params }: { params: CallbackParams | null }) {
  useT();
  const navigate = useNavigate();
  const session = useSession();
  const [error, setError] = useState<SignInError | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);

  useEffect(() => {
    completion ??= completeSignIn(params);
    let active = true;
    completion
      .then(async ({ session: signedIn, returnTo }) => {
        const others = await otherAccountsData(signedIn.server, signedIn.user.id);
        if (!active) return;
        if (others.keys.length + others.fileKeys.length > 0) setFinished({ returnTo, others });
        else await navigate(returnTo, { replace: true });
      })
      // A navigation the router refuses must not leave the person on "Finishing sign-in…" for good.
      .catch((caught: unknown) => {
        if (active) setError(caught instanceof SignInError ? caught : new SignInError("unknown", t("auth.errorUnexpected")));
      });
    return () => {
      active = false;
    };
  }, [params, navigate]);

  // A reload of the callback page, or a visit with a session already there: nothing to do.
  if (error?.code === "no_callback" && session) return <Navigate to="/tickets" replace />;
  if (finished) return <OtherAccountsQuestion finished={finished} onDone={() => void navigate(finished.returnTo, { replace: true })} />;
  if (!error) {
    return (
      <main className="screen">
        <SkeletonList rows={4} label={t("auth.finishing")} />
      </main>
    );
  }
  return (
    <main className="screen">
      <Message tone="error" title={t("auth.notCompleted")} action={<ButtonLink to="/signin">{t("auth.signInAgain")}</ButtonLink>}>
        <p>{signInErrorText(error)}</p>
      </Message>
    </main>
  );
}

/** Signed in as someone else on a device that holds another account's data: offer to remove it. */
function OtherAccountsQuestion({ finished, onDone }: { finished: Finished; onDone: () => void }) {
  const t = useT();
  const [removing, setRemoving] = useState(false);
  const { unsentChanges } = finished.others;
  async function remove() {
    setRemoving(true);
    await removeAccountData(finished.others);
    onDone();
  }
  return (
    <main className="screen">
      <Message
        tone="neutral"
        title={t("auth.otherTitle")}
        action={
          <>
            <Button variant="danger" busy={removing} onClick={() => void remove()}>
              {t("auth.removeIt")}
            </Button>
            <Button variant="secondary" disabled={removing} onClick={onDone}>
              {t("auth.keepIt")}
            </Button>
          </>
        }
      >
        <p>{t("auth.otherBody")}</p>
        {unsentChanges > 0 ? (
          <p>
            <strong>{t("auth.otherUnsent", { n: unsentChanges })}</strong>
          </p>
        ) : null}
        <p>{t("auth.otherKeepHint")}</p>
      </Message>
    </main>
  );
}
