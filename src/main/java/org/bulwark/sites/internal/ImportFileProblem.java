package org.bulwark.sites.internal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A file that cannot be imported at all, such as a CSV without the required header. Nothing is imported. */
public class ImportFileProblem extends RuntimeException {

    private final transient DefaultMessageSourceResolvable reason;

    public ImportFileProblem(String code, String englishText, Object... args) {
        super(englishText);
        this.reason = new DefaultMessageSourceResolvable(new String[] {code}, args, englishText);
    }

    public MessageSourceResolvable reason() {
        return reason;
    }
}
