/**
 * Current AWS prices from the public Price List bulk files, without credentials.
 *
 * <p>AWS publishes, unsigned, an offer index ({@code /offers/v1.0/aws/index.json}), per service a
 * region index ({@code …/<ServiceCode>/current/region_index.json}) naming each Region's offer
 * file, and the offer files themselves ({@code …/<ServiceCode>/<version>/<region>/index.json}).
 * {@link com.cloudwright.cost.offers.OfferRefresh} downloads what a set of price keys needs,
 * streams each file through {@link com.cloudwright.cost.offers.OfferFileReader} (the EC2 file of
 * one Region is hundreds of MB: only the products the keys accept are kept), and stores the
 * extract in an {@link com.cloudwright.cost.offers.OfferCache} with the offer's version and
 * publication date; a file whose version has not changed is not downloaded again.
 * {@link com.cloudwright.cost.offers.OfferPriceSource} answers price requests from the cache
 * alone (no network).
 */
package com.cloudwright.cost.offers;
