package org.bulwark.incidents;

/**
 * Who an alert about an incident would reach now: the sites inside its zones, their organisations and the members
 * of those, with how many can be reached in the application, by e-mail and by text message.
 */
public record AlertAudience(int sites, int organisations, int people, int inApp, int email, int sms) {}
