package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.Sites;
import org.bulwark.sites.UseType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SitesUsingSectorsIntegrationTests {

    @Autowired
    SectorCatalogue catalogue;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    Sites sites;

    @Test
    void sectorThatSitesAreRegisteredUnderCannotBeDeleted() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Sector sector = catalogue.add(null, "Piers " + suffix, "Jetées " + suffix);
        sites.register(new SiteDetails(
                "Pier Pavilion " + suffix,
                "1 Pier Approach",
                new GeoPoint(53.30, 0.27),
                sector.code(),
                UseType.VISITOR_ATTRACTION,
                600,
                null,
                SiteContact.NONE,
                null));

        assertThatThrownBy(() -> catalogue.delete(sector.code()))
                .isInstanceOfSatisfying(
                        InvalidPartnerData.class,
                        ex -> assertThat(ex.getMessage()).contains("cannot be deleted", "1 site"));
        assertThat(directory.sector(sector.code())).isPresent();
    }
}
