import { ButtonLink } from "../ui/ButtonLink";
import { Message } from "../ui/Message";
import { TopBar } from "../ui/TopBar";

export function NotFoundScreen() {
  return (
    <div className="screen">
      <TopBar title="Not found" />
      <main>
        <Message title="There's nothing at this address" action={<ButtonLink to="/tickets">Go to tickets</ButtonLink>}>
          <p>The link may be mistyped or out of date.</p>
        </Message>
      </main>
    </div>
  );
}
