import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "../ui/Button";
import { Message } from "../ui/Message";
import { ReplaceStaticShell } from "./StaticShell";
import { t } from "../i18n/active-language";

interface State {
  failed: boolean;
}

/** The last line of defence: a message and a way back instead of a blank page. Logs nothing (it could hold ticket data). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo) {
    // Nothing is reported: an error report could carry a token, a comment or a ticket subject.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="screen">
        <ReplaceStaticShell />
        <Message
          tone="error"
          title={t("app.crashTitle")}
          action={
            <>
              <Button onClick={() => location.reload()}>{t("app.reload")}</Button>
              <Button variant="secondary" onClick={() => location.assign("/tickets")}>
                {t("app.goToTickets")}
              </Button>
            </>
          }
        >
          <p>{t("app.crashBody")}</p>
        </Message>
      </main>
    );
  }
}
