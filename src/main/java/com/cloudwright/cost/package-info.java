/**
 * Monthly cost estimates, without JavaFX.
 *
 * <h2>For a UI</h2>
 * <pre>{@code
 * CostEstimator estimator = new CostEstimator(palette);
 * PriceSource source = PriceSources.offline();                 // or PriceSources.liveWithFallback(PriceSources.offline(), timeout)
 * CostPlan plan = estimator.plan(diagram, null);               // on the thread that owns the diagram: fast, no I/O
 * Cancellation cancel = new Cancellation();                    // keep it; cancel() when the diagram changes again
 * CostEstimate estimate = plan.price(source, cancel);          // on a background thread: may call the Price List API
 * }</pre>
 * <ul>
 *   <li>{@link com.cloudwright.cost.CostEstimate}: region, currency, {@code priceSource()}, {@code nodes()} in diagram
 *       order, {@code total()}, {@code notes()} ("Free tier ignored" …), {@code incomplete()} (some line has no
 *       price, so the total is a lower bound), {@code totalsByService()} for a by-service view.</li>
 *   <li>{@link com.cloudwright.cost.NodeCost}: node id, label, palette service label and category, {@code kind()}
 *       PRICED / FREE / INCLUDED (an Auto Scaling group member) / NO_PRICE_DATA, the reason when not priced,
 *       the line items, the subtotal, and {@code assumptions()}: every usage property of the node.</li>
 *   <li>{@link com.cloudwright.cost.LineItem}: description, quantity, unit, unit price, monthly (null with
 *       {@code missing()} saying why when no price was found), the assumptions it used, and
 *       {@code origin()}: source name, as-of date, the figure's own source, and the fallback reason when the
 *       live API could not answer.</li>
 *   <li>{@link com.cloudwright.cost.Assumption}: node id + property name to edit (with the model's
 *       {@code SetNodeProperty} command), label, value, unit, and whether it is the palette default.</li>
 *   <li>{@link com.cloudwright.cost.CostEstimator#compare} gives a {@link com.cloudwright.cost.RegionComparison};
 *       {@link com.cloudwright.cost.SnapshotPriceSource#regions()} lists the snapshot's regions.</li>
 *   <li>{@link com.cloudwright.cost.CostReport} writes text, JSON (PRODUCT.md shape) and CSV for export.</li>
 * </ul>
 *
 * <h2>Data</h2>
 * How each service is priced is data: {@code palettes/pricing.json} (merged into the palette at load time;
 * usage assumptions become properties of group "usage"). The bundled price snapshot is
 * {@code com/cloudwright/cost/price-snapshot.json}, read the first time a price is asked for. It is built by
 * {@code BundledSnapshotTest} from the figure files in {@code src/test/resources/cost/figures/} (each figure with
 * its public source and that source's date), which {@code scripts/pricing/extract.py} writes from pinned
 * commits of public repositories (see {@code scripts/pricing/README.md}); {@code cloudwright prices refresh
 * --source api} writes the same format from the live API.
 * Current prices for any Region come from the public Price List bulk files ({@link com.cloudwright.cost.offers}):
 * {@code cloudwright prices refresh} downloads them into the user's cache folder, and
 * {@code offers.DownloadedPrices.offline(snapshot)} prices from them before the snapshot.
 */
package com.cloudwright.cost;
