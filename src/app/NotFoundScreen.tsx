import { ButtonLink } from "../ui/ButtonLink";
import { Message } from "../ui/Message";
import { TopBar } from "../ui/TopBar";
import { useT } from "../i18n/active-language";

export function NotFoundScreen() {
  const t = useT();
  return (
    <div className="screen">
      <TopBar title={t("app.notFoundBar")} />
      <main>
        <Message title={t("app.notFoundTitle")} action={<ButtonLink to="/tickets">{t("app.goToTickets")}</ButtonLink>}>
          <p>{t("app.notFoundBody")}</p>
        </Message>
      </main>
    </div>
  );
}
