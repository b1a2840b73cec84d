package org.bulwark.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Decides who reads and who writes every shareable item of the network. It is the one place these rules live:
 * queries take their read condition from {@link #readCondition}, and whatever cannot be a query (an e-mail, a live
 * update, a write) asks {@link #mayRead} or the write rules below. Both forms of the read rule say the same:
 *
 * <ul>
 *   <li>the author always reads their item, in every state;
 *   <li>coordinators and analysts read items in review, as they are the ones who publish them;
 *   <li>once published (or retracted) an item is read by
 *       <ul>
 *         <li>everyone with an account, when it is TLP:CLEAR;
 *         <li>the members of the author's organisation, unless it is TLP:RED;
 *         <li>coordinators and analysts, when it is TLP:GREEN or TLP:AMBER; advisors, when it is TLP:GREEN;
 *         <li>whoever its audience names; a TLP:RED item only reaches the people it names one by one.
 *       </ul>
 * </ul>
 *
 * Administrators and overseers read TLP:CLEAR items only: they have no need to know the rest. The audience is
 * matched against the {@link Reader}'s keys as they are when the item is read, so a person added to a sharing
 * group reads its earlier items at once, and a person removed stops at once.
 */
@Component
public class AccessPolicy {

    private static final Set<Role> PUBLISHERS = EnumSet.of(Role.COORDINATOR, Role.ANALYST);
    private static final Set<Role> NETWORK_MEMBERS =
            EnumSet.of(Role.COORDINATOR, Role.ANALYST, Role.ADVISOR, Role.OPERATOR, Role.INTEGRATION);

    /** Whether this reader may read this item now. */
    public boolean mayRead(Reader reader, Marking item) {
        Assert.notNull(reader, "reader must not be null");
        Assert.notNull(item, "item must not be null");
        if (reader.account().equals(item.author())) {
            return true;
        }
        return switch (item.state()) {
            case DRAFT -> false;
            case IN_REVIEW -> PUBLISHERS.contains(reader.role());
            case PUBLISHED, RETRACTED -> mayReadPublished(reader, item);
        };
    }

    private boolean mayReadPublished(Reader reader, Marking item) {
        if (item.tlp() == Tlp.CLEAR) {
            return true;
        }
        if (!NETWORK_MEMBERS.contains(reader.role())) {
            return false;
        }
        if (item.tlp() != Tlp.RED
                && reader.organisation() != null
                && reader.organisation().equals(item.authorOrganisation())) {
            return true;
        }
        if (readsByRole(reader.role(), item.tlp())) {
            return true;
        }
        return isNamed(reader, item);
    }

    /**
     * Whether the item is sent to this reader: they may read it, its audience names them, and they did not write it.
     * E-mails and live updates go to these readers only.
     */
    public boolean isAddressedTo(Reader reader, Marking item) {
        return !reader.account().equals(item.author()) && mayRead(reader, item) && isNamed(reader, item);
    }

    private static boolean isNamed(Reader reader, Marking item) {
        for (String key : item.audience()) {
            if (reader.keys().contains(key) && (item.tlp() != Tlp.RED || isPersonal(key))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonal(String key) {
        return key.startsWith(AudienceKind.MEMBER.prefix() + ":");
    }

    private static boolean readsByRole(Role role, Tlp tlp) {
        return switch (role) {
            case COORDINATOR, ANALYST -> tlp == Tlp.GREEN || tlp == Tlp.AMBER;
            case ADVISOR -> tlp == Tlp.GREEN;
            default -> false;
        };
    }

    /**
     * The read rule as an SQL condition over one table of items, to be joined with {@code and} into the query that
     * reads them, so that a page, an export or a search never fetches a row its reader may not read.
     *
     * @param reader must not be null
     * @param columns names the item's columns and its audience table; must not be null
     * @return the condition and its named parameters, all prefixed {@code ap_}
     */
    public SqlCondition readCondition(Reader reader, ItemColumns columns) {
        Assert.notNull(reader, "reader must not be null");
        Assert.notNull(columns, "columns must not be null");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ap_account", reader.account());
        StringBuilder sql = new StringBuilder("(").append(columns.author()).append(" = :ap_account");
        if (PUBLISHERS.contains(reader.role())) {
            sql.append(" or ").append(columns.state()).append(" = 'IN_REVIEW'");
        }
        sql.append(" or (")
                .append(columns.state())
                .append(" in ('PUBLISHED', 'RETRACTED') and (")
                .append(columns.tlp())
                .append(" = 'CLEAR'");
        if (NETWORK_MEMBERS.contains(reader.role())) {
            if (reader.organisation() != null) {
                params.put("ap_organisation", reader.organisation());
                sql.append(" or (")
                        .append(columns.authorOrganisation())
                        .append(" = :ap_organisation and ")
                        .append(columns.tlp())
                        .append(" <> 'RED')");
            }
            switch (reader.role()) {
                case COORDINATOR, ANALYST ->
                    sql.append(" or ").append(columns.tlp()).append(" in ('GREEN', 'AMBER')");
                case ADVISOR -> sql.append(" or ").append(columns.tlp()).append(" = 'GREEN'");
                default -> {}
            }
            params.put("ap_keys", reader.keys());
            params.put("ap_personal", AudienceKind.MEMBER.prefix() + ":%");
            sql.append(" or exists (select 1 from ")
                    .append(columns.audienceTable())
                    .append(" ap_a where ap_a.")
                    .append(columns.audienceItem())
                    .append(" = ")
                    .append(columns.id())
                    .append(" and ap_a.audience_key in (:ap_keys) and (")
                    .append(columns.tlp())
                    .append(" <> 'RED' or ap_a.audience_key like :ap_personal))");
        }
        sql.append(")))");
        return new SqlCondition(sql.toString(), Map.copyOf(params));
    }

    /** Whether this reader may write items of the police's own kinds: briefings, threat updates, intelligence. */
    public boolean mayWritePoliceProducts(Reader reader) {
        return PUBLISHERS.contains(reader.role());
    }

    /** Whether this reader may write protective-security advisories. */
    public boolean mayWriteAdvisories(Reader reader) {
        return PUBLISHERS.contains(reader.role()) || reader.role() == Role.ADVISOR;
    }

    /** Whether this reader may write notes from a partner to the network; an operator needs an organisation. */
    public boolean mayWritePartnerNotes(Reader reader) {
        return mayWriteAdvisories(reader) || (reader.role() == Role.OPERATOR && reader.organisation() != null);
    }

    /** Whether this reader may change the item: its author while it is not out, publishers while it is in review or out. */
    public boolean mayEdit(Reader reader, Marking item) {
        boolean author = reader.account().equals(item.author());
        return switch (item.state()) {
            case DRAFT -> author;
            case IN_REVIEW, PUBLISHED -> author || PUBLISHERS.contains(reader.role());
            case RETRACTED -> false;
        };
    }

    /** Whether this reader may send their draft for review. */
    public boolean maySubmitForReview(Reader reader, Marking item) {
        return item.state() == ItemState.DRAFT && reader.account().equals(item.author());
    }

    /** Whether this reader may publish the item: coordinators and analysts, from draft or review. */
    public boolean mayPublish(Reader reader, Marking item) {
        return PUBLISHERS.contains(reader.role())
                && (item.state() == ItemState.IN_REVIEW
                        || (item.state() == ItemState.DRAFT && reader.account().equals(item.author())));
    }

    /** Whether this reader may withdraw a published item: its author, or a coordinator or analyst who reads it. */
    public boolean mayRetract(Reader reader, Marking item) {
        return item.state() == ItemState.PUBLISHED
                && (reader.account().equals(item.author())
                        || (PUBLISHERS.contains(reader.role()) && mayRead(reader, item)));
    }

    /** Whether this reader may see who acknowledged the item, and remind the others. */
    public boolean maySeeAcknowledgements(Reader reader, Marking item) {
        return reader.account().equals(item.author()) || (reader.role() == Role.COORDINATOR && mayRead(reader, item));
    }

    /** Whether this reader may define sharing groups and who is in them. */
    public boolean mayManageSharingGroups(Reader reader) {
        return reader.role() == Role.COORDINATOR;
    }

    /** Whether this reader may change the catalogue of suspicious-activity indicators. */
    public boolean mayEditIndicatorCatalogue(Reader reader) {
        return reader.role() == Role.COORDINATOR;
    }

    /**
     * The columns of a table of shareable items, as SQL expressions, and the table that holds their audience keys.
     *
     * @param audienceTable a table with an {@code audience_key} column and a column naming the item
     * @param audienceItem the column of {@code audienceTable} that holds the item's identifier
     */
    public record ItemColumns(
            String id,
            String tlp,
            String state,
            String author,
            String authorOrganisation,
            String audienceTable,
            String audienceItem) {}

    /** A piece of SQL with named parameters. */
    public record SqlCondition(String sql, Map<String, Object> params) {}
}
