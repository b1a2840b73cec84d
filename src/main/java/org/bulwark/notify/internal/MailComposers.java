package org.bulwark.notify.internal;

import java.util.Optional;
import org.bulwark.notify.MailComposer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link MailComposer} beans of the modules, found by topic when an e-mail is written. Looked up late, because
 * a composer's module usually also queues mailings, and so depends on this one.
 */
@Component
class MailComposers {

    private final ObjectProvider<MailComposer> composers;

    MailComposers(ObjectProvider<MailComposer> composers) {
        this.composers = composers;
    }

    Optional<MailComposer> of(String topic) {
        return composers
                .orderedStream()
                .filter(composer -> topic.equals(composer.topic()))
                .findFirst();
    }
}
