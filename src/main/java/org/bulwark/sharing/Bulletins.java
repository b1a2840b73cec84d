package org.bulwark.sharing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.identity.Reader;

/**
 * The bulletins of the network, always through the eyes of one reader: every read is filtered by the access policy
 * inside its query, and every change is checked against the policy's write rules first. A bulletin the reader may
 * not read is reported as {@link BulletinNotFound}, whether it exists or not. A change that breaks a rule throws
 * {@link InvalidBulletin} or {@link NotPermitted} and changes nothing.
 */
public interface Bulletins {

    /** Writes a new draft; returns its identifier. */
    UUID create(Reader author, BulletinDraft draft);

    /**
     * Replaces a draft, a bulletin in review, or a published bulletin; a published one becomes a new revision that
     * its readers are told of, and its change note says what changed.
     *
     * @param expectedVersion the version the editor started from; a concurrent change makes this fail
     */
    void update(Reader editor, UUID id, long expectedVersion, BulletinDraft draft);

    /** Sends the author's draft to the coordinators and analysts for review. */
    void submitForReview(Reader author, UUID id);

    /** Publishes a draft or a bulletin in review to its audience and publishes {@link BulletinPublished}. */
    void publish(Reader publisher, UUID id);

    /** Withdraws a published bulletin and publishes {@link BulletinRetracted}. */
    void retract(Reader reader, UUID id, String reason);

    /** The bulletin if this reader may read it; records the first read, and every read of RED and AMBER+STRICT. */
    Optional<Bulletin> open(Reader reader, UUID id);

    /** The bulletin if this reader may read it, without recording a read. */
    Optional<Bulletin> find(Reader reader, UUID id);

    /** The published and retracted bulletins this reader may read that match the query, newest first. */
    BulletinPage inbox(Reader reader, BulletinQuery query, int page, int size);

    /**
     * How many published and retracted bulletins this reader may read match the query, counted up to
     * {@link BulletinPage#COUNTED} and one more: an answer above the limit means "more than" the limit.
     */
    long count(Reader reader, BulletinQuery query);

    /** The drafts and bulletins in review this reader may read, most recently changed first. */
    List<BulletinSummary> unpublished(Reader reader);

    /**
     * How many bulletins published recently this reader may read and has not opened, counted up to 100: an answer
     * of 100 means "more than 99".
     */
    long unreadCount(Reader reader);

    /** Records that this reader has read and understood the bulletin; doing it again changes nothing. */
    void acknowledge(Reader reader, UUID id);

    /** Who the bulletin is addressed to and who has acknowledged it, for its author and coordinators. */
    Acknowledgements acknowledgements(Reader reader, UUID id);

    /** Reminds those who have not acknowledged the bulletin; returns how many were reminded. */
    int remind(Reader reader, UUID id);

    /** The published revisions, oldest first. */
    List<Revision> revisions(Reader reader, UUID id);

    /** Attaches a file, checked by its content and size, to a bulletin the reader may edit; returns its identifier. */
    UUID attach(Reader editor, UUID id, NewAttachment file);

    /** Removes an attachment from a bulletin the reader may edit. */
    void detach(Reader editor, UUID id, UUID attachment);

    /** An attachment of a bulletin this reader may read. */
    Optional<AttachmentFile> attachment(Reader reader, UUID id, UUID attachment);
}
