import { useEffect, useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { ButtonLink } from "../ui/ButtonLink";
import { Message } from "../ui/Message";
import { SkeletonList } from "../ui/Skeleton";
import { completeSignIn, type CallbackParams, type CompletedSignIn } from "./handoff";
import { useSession } from "./session";
import { SignInError } from "./sign-in-error";

// One completion per page load: React may run effects twice, and the exchange must run once.
let completion: Promise<CompletedSignIn> | null = null;

export function CallbackScreen({ params }: { params: CallbackParams | null }) {
  const navigate = useNavigate();
  const session = useSession();
  const [error, setError] = useState<SignInError | null>(null);

  useEffect(() => {
    completion ??= completeSignIn(params);
    let active = true;
    completion.then(
      ({ returnTo }) => active && navigate(returnTo, { replace: true }),
      (caught: unknown) =>
        active && setError(caught instanceof SignInError ? caught : new SignInError("unknown", "Sign-in failed. Try again.")),
    );
    return () => {
      active = false;
    };
  }, [params, navigate]);

  // A reload of the callback page, or a visit with a session already there: nothing to do.
  if (error?.code === "no_callback" && session) return <Navigate to="/tickets" replace />;
  if (!error) {
    return (
      <main className="screen">
        <SkeletonList rows={4} label="Finishing sign-in…" />
      </main>
    );
  }
  return (
    <main className="screen">
      <Message tone="error" title="Sign-in did not complete" action={<ButtonLink to="/signin">Sign in again</ButtonLink>}>
        <p>{error.message}</p>
      </Message>
    </main>
  );
}
