package org.bulwark.sharing.web;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.sharing.Bulletin;
import org.bulwark.sharing.BulletinDraft;
import org.bulwark.sharing.BulletinKind;

/** The bulletin form as typed, with the audience split by kind so that each has its own control. */
class BulletinForm {

    private BulletinKind kind;
    private String tlp = "AMBER";
    private String title = "";
    private String body = "";
    private boolean network;
    private List<String> sectors = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<String> organisations = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private List<String> members = new ArrayList<>();
    private boolean acknowledgementRequired;
    private String changeNote = "";
    private long version;

    static BulletinForm of(Bulletin bulletin) {
        BulletinForm form = new BulletinForm();
        form.kind = bulletin.kind();
        form.tlp = bulletin.tlp().name();
        form.title = bulletin.title();
        form.body = bulletin.body();
        form.acknowledgementRequired = bulletin.acknowledgementRequired();
        form.version = bulletin.version();
        for (String key : bulletin.audience()) {
            Audience audience = Audience.ofKey(key);
            switch (audience.kind()) {
                case NETWORK -> form.network = true;
                case SECTOR -> form.sectors.add(audience.reference());
                case REGION -> form.regions.add(audience.reference());
                case ORGANISATION -> form.organisations.add(audience.reference());
                case GROUP -> form.groups.add(audience.reference());
                case MEMBER -> form.members.add(audience.reference());
            }
        }
        return form;
    }

    BulletinDraft draft() {
        List<String> audience = new ArrayList<>();
        if (network) {
            audience.add(Audience.NETWORK.key());
        }
        add(audience, AudienceKind.SECTOR, sectors);
        add(audience, AudienceKind.REGION, regions);
        add(audience, AudienceKind.ORGANISATION, organisations);
        add(audience, AudienceKind.GROUP, groups);
        add(audience, AudienceKind.MEMBER, members);
        return new BulletinDraft(kind, tlp, title, body, audience, acknowledgementRequired, changeNote);
    }

    private static void add(List<String> audience, AudienceKind kind, List<String> references) {
        for (String reference : references) {
            if (reference != null && !reference.isBlank()) {
                audience.add(kind.prefix() + ":" + reference.strip());
            }
        }
    }

    public BulletinKind getKind() {
        return kind;
    }

    public void setKind(BulletinKind kind) {
        this.kind = kind;
    }

    public String getTlp() {
        return tlp;
    }

    public void setTlp(String tlp) {
        this.tlp = tlp;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isNetwork() {
        return network;
    }

    public void setNetwork(boolean network) {
        this.network = network;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : sectors;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public List<String> getOrganisations() {
        return organisations;
    }

    public void setOrganisations(List<String> organisations) {
        this.organisations = organisations == null ? new ArrayList<>() : organisations;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    public boolean isAcknowledgementRequired() {
        return acknowledgementRequired;
    }

    public void setAcknowledgementRequired(boolean acknowledgementRequired) {
        this.acknowledgementRequired = acknowledgementRequired;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
