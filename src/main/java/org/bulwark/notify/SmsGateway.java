package org.bulwark.notify;

/**
 * Sends text messages. Bulwark ships one that posts JSON to an HTTP gateway ({@code bulwark.notify.sms.url}) and,
 * when none is configured, one that writes each message to the log.
 */
public interface SmsGateway {

    /**
     * Hands one text message to the gateway; returns once it accepted it.
     *
     * @param to a telephone number as recorded, must not be blank
     * @param text the message, must not be null
     * @throws SmsRefused when the gateway did not take it, saying whether trying again may help
     */
    void send(String to, String text);

    /** The gateway did not take a message. */
    class SmsRefused extends RuntimeException {

        private final boolean mayRetry;

        public SmsRefused(String message, boolean mayRetry) {
            super(message);
            this.mayRetry = mayRetry;
        }

        /** False when another attempt cannot help, such as for a number the gateway rejects. */
        public boolean mayRetry() {
            return mayRetry;
        }
    }
}
