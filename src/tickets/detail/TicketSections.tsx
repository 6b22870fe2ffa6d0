import { useQuery } from "@tanstack/react-query";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useT } from "../../i18n/active-language";
import { useEffect, useRef, useState, type ComponentType, type KeyboardEvent, type RefObject } from "react";
import type { SectionProps } from "../section-props";
import { useTicketQueries } from "../ticket-queries";
import { ChecklistLabel, ChecklistSection } from "../checklist/ChecklistSection";
import { DocumentsLabel, DocumentsSection } from "../documents/DocumentsSection";
import { ConversationSection } from "../conversation/ConversationSection";
import { DetailsSection } from "../fields/DetailsSection";
import { formatMinutes } from "../../i18n/duration";
import { rowMinutes } from "../time/time-rows";
import { useTicketTime } from "../time/use-ticket-time";
import { TimeSection } from "../time/TimeSection";
import { CallsSection } from "../contact/CallsSection";
import "./TicketSections.css";

interface TicketSection {
  id: string;
  name: MessageKey;
  /** The tab's text: the name, with a count where one helps. */
  Label: ComponentType<{ ticketId: string; name: string }>;
  Panel: ComponentType<SectionProps>;
}

const PlainLabel = ({ name }: { name: string }) => name;

/**
 * The parts of a ticket the technician switches between. A new part (documents, checklist, tags) is
 * one more entry here. The first is the main one: in a wide landscape pane it stays in its own column.
 */
const sections: TicketSection[] = [
  { id: "conversation", name: "ticket.sectionConversation", Label: ConversationLabel, Panel: ConversationSection },
  { id: "details", name: "ticket.sectionDetails", Label: PlainLabel, Panel: DetailsSection },
  { id: "time", name: "ticket.sectionTime", Label: TimeLabel, Panel: TimeSection },
  { id: "checklist", name: "ticket.sectionChecklist", Label: ChecklistLabel, Panel: ChecklistSection },
  { id: "documents", name: "ticket.sectionDocuments", Label: DocumentsLabel, Panel: DocumentsSection },
  { id: "calls", name: "ticket.sectionCalls", Label: PlainLabel, Panel: CallsSection },
];

function ConversationLabel({ ticketId, name }: { ticketId: string; name: string }) {
  const comments = useQuery(useTicketQueries().comments(ticketId));
  return comments.data ? `${name} (${comments.data.length})` : name;
}

function TimeLabel({ ticketId, name }: { ticketId: string; name: string }) {
  const total = useTicketTime(ticketId)
    .rows.filter((row) => !row.deleting)
    .reduce((sum, row) => sum + rowMinutes(row), 0);
  return total > 0 ? `${name} · ${formatMinutes(total)}` : name;
}

/**
 * Whether the pane shows two columns. The layout is the CSS container query's (TicketSections.css);
 * it sets `--ticket-columns`, read here so the tabs follow the one decision.
 */
function useTwoColumns() {
  const body = useRef<HTMLDivElement>(null);
  const [two, setTwo] = useState(false);
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const check = () => setTwo(getComputedStyle(element).getPropertyValue("--ticket-columns").trim() === "2");
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { body, two };
}

/** The tab strip scrolls sideways on a phone: the selected tab (by tap, key or shortcut) is scrolled fully into it. */
function useSelectedTabInView(tablist: RefObject<HTMLDivElement | null>, selectedId: string) {
  useEffect(() => {
    const strip = tablist.current;
    const tab = strip?.querySelector<HTMLElement>(`#tab-${selectedId}`);
    if (!strip || !tab) return;
    const left = tab.getBoundingClientRect().left - strip.getBoundingClientRect().left + strip.scrollLeft;
    const right = left + tab.offsetWidth;
    if (left < strip.scrollLeft) strip.scrollTo({ left });
    else if (right > strip.scrollLeft + strip.clientWidth) strip.scrollTo({ left: right - strip.clientWidth });
  }, [tablist, selectedId]);
}

export function TicketSections({ section, onSection, ...props }: SectionProps & { section: string; onSection: (id: string) => void }) {
  const t = useT();
  const { body, two } = useTwoColumns();
  const [main, ...others] = sections;
  const tabs = two ? others : sections;
  const selected = tabs.find((candidate) => candidate.id === section) ?? tabs[0]!;
  const tablist = useRef<HTMLDivElement>(null);
  useSelectedTabInView(tablist, selected.id);

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = tabs[(tabs.indexOf(selected) + step + tabs.length) % tabs.length]!;
    onSection(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }

  return (
    <div className="ticket-body" ref={body}>
      {two && main ? (
        <section className="ticket-body__main" aria-label={t(main.name)}>
          <main.Panel {...props} />
        </section>
      ) : null}
      <div className="ticket-body__tabbed">
        <div className="ticket-tabs" role="tablist" aria-label={t("ticket.sections")} onKeyDown={onKeyDown} ref={tablist}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={`tab-${tab.id}`}
              type="button"
              role="tab"
              className="ticket-tab"
              aria-selected={tab === selected}
              aria-controls={`panel-${tab.id}`}
              tabIndex={tab === selected ? 0 : -1}
              onClick={() => onSection(tab.id)}
            >
              <tab.Label ticketId={props.ticket.ticket_id} name={t(tab.name)} />
            </button>
          ))}
        </div>
        <div id={`panel-${selected.id}`} role="tabpanel" aria-labelledby={`tab-${selected.id}`} className="ticket-panel">
          <selected.Panel {...props} />
        </div>
      </div>
    </div>
  );
}
