package org.bulwark.risk.internal;

/** No method or question of the catalogue has this code. */
public class CatalogueItemNotFound extends RuntimeException {

    public CatalogueItemNotFound(String code) {
        super("The catalogue has no method or question '" + code + "'.");
    }
}
