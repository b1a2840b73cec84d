package org.bulwark.engagement.web;

import java.util.List;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.AlertMessage;
import org.bulwark.engagement.AlertScope;
import org.bulwark.engagement.AlertText;
import org.bulwark.interop.CapArea;
import org.bulwark.interop.CapInfo;
import org.bulwark.interop.CapMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An alert's messages in CAP's terms: one info block per language, each with the message's area. */
@Component
class CapMessages {

    private final AlertPageSettings settings;

    CapMessages(AlertPageSettings settings) {
        this.settings = settings;
    }

    /** The message of the alert as CAP, referring to every earlier message of the alert. */
    CapMessage of(Alert alert, AlertMessage message) {
        List<CapMessage.Reference> references =
                alert.before(message).stream().map(AlertMessage::reference).toList();
        // only public messages point to a public page; a restricted one has none that its receivers could open
        String web = message.scope() == AlertScope.PUBLIC ? settings.publicPage(message.id()) : null;
        return new CapMessage(
                message.identifier(),
                message.sender(),
                message.sent(),
                message.status(),
                message.msgType(),
                message.scope().cap(),
                message.restriction(),
                message.note(),
                references,
                message.texts().stream().map(text -> info(message, text, web)).toList());
    }

    private static CapInfo info(AlertMessage message, AlertText text, @Nullable String web) {
        return new CapInfo(
                text.language(),
                List.of(message.category()),
                text.event(),
                message.urgency(),
                message.severity(),
                message.certainty(),
                message.expires(),
                message.senderName(),
                text.headline(),
                text.description(),
                text.instruction(),
                web,
                List.of(CapArea.of(text.area(), message.areas())));
    }
}
