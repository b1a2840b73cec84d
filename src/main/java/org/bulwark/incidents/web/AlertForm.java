package org.bulwark.incidents.web;

import org.bulwark.incidents.AlertDraft;
import org.jspecify.annotations.Nullable;

/** The alert form of the incident page: the card chosen, and its title and text as the coordinator edited them. */
public class AlertForm {

    private @Nullable String card;
    private @Nullable String title;
    private @Nullable String text;

    AlertDraft draft() {
        return new AlertDraft(card, title, text);
    }

    public @Nullable String getCard() {
        return card;
    }

    public void setCard(@Nullable String card) {
        this.card = card;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }
}
