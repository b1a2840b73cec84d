package org.bulwark.notify.internal;

/** The letters' tests against a server that answers every command before it reads the next. */
class LettersWithoutPipeliningIntegrationTests extends LettersIntegrationTests {

    @Override
    boolean pipelining() {
        return false;
    }
}
