package eu.egov.gateway.documents.infrastructure;

import java.lang.System.Logger.Level;
import java.util.Locale;

import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * FOP reports a refused image or an unreadable font as an event and carries on without it; an official document
 * with a part silently missing must not be issued, so errors become failures. Lesser events are only logged.
 */
final class StrictEventListener implements EventListener {

    private static final System.Logger LOG = System.getLogger(Typesetter.class.getName());

    @Override
    public void processEvent(Event event) {
        String message = EventFormatter.format(event, Locale.ENGLISH);
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) {
            throw new IllegalStateException("Typesetting failed: " + message);
        }
        LOG.log(severity == EventSeverity.WARN ? Level.WARNING : Level.DEBUG, message);
    }
}
