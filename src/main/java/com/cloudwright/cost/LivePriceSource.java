package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prices from the AWS Price List Query API ({@code GetProducts}) through the SDK's
 * {@link PricingClient}: one query per distinct service + filters + region, all pages
 * ({@code NextToken}), a few queries at once, answers cached on disk. Never throws for a price it
 * cannot get: missing credentials, network errors, throttling past the SDK's retries, access
 * denied, a product that is not there or a malformed {@code PriceList} element each become a
 * {@link PriceResult.Missing} saying so — {@link FallbackPriceSource} then asks the snapshot.
 */
public final class LivePriceSource implements PriceSource {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private static final int PAGE_SIZE = 100;

    private final PricingClient client;
    private final AwsCredentialsProvider credentials;
    private final PriceCache cache;
    private final int parallelism;
    private final Duration deadline;
    private final Clock clock;
    private final AtomicInteger apiCalls = new AtomicInteger();

    private LivePriceSource(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.credentials = b.credentials;
        this.cache = b.cache;
        this.parallelism = Math.max(1, b.parallelism);
        this.deadline = b.deadline;
        this.clock = b.clock;
    }

    public static Builder builder(PricingClient client) {
        return new Builder(client);
    }

    /** How to build a live source. */
    public static final class Builder {
        private final PricingClient client;
        private AwsCredentialsProvider credentials;
        private PriceCache cache;
        private int parallelism = 4;
        private Duration deadline = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        private Builder(PricingClient client) {
            this.client = client;
        }

        /** Checked once before any call, so that missing credentials fail fast without network traffic. */
        public Builder credentials(AwsCredentialsProvider provider) {
            this.credentials = provider;
            return this;
        }

        public Builder cache(PriceCache priceCache) {
            this.cache = priceCache;
            return this;
        }

        /** Queries sent at once (the Price List API throttles bursts). */
        public Builder parallelism(int queries) {
            this.parallelism = queries;
            return this;
        }

        /** The longest one {@link #prices} call may take before the rest is reported missing. */
        public Builder deadline(Duration limit) {
            this.deadline = limit;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public LivePriceSource build() {
            return new LivePriceSource(this);
        }
    }

    /** GetProducts calls made so far (one per page). */
    public int apiCalls() {
        return apiCalls.get();
    }

    @Override
    public String describe() {
        return TEXT.get("source.live.only", cache == null ? 0 : cache.maxAge().toHours());
    }

    /** The outcome of one query: its products, or why there are none. */
    private record Answer(List<Product> products, int malformed, Instant fetchedAt, String failure) {
    }

    @Override
    public Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation) {
        Map<ProductQuery, List<PriceRequest>> byQuery = new LinkedHashMap<>();
        for (PriceRequest r : requests) {
            byQuery.computeIfAbsent(ProductQuery.of(r), q -> new ArrayList<>()).add(r);
        }
        Map<ProductQuery, Answer> answers = new LinkedHashMap<>();
        List<ProductQuery> toFetch = new ArrayList<>();
        for (ProductQuery q : byQuery.keySet()) {
            var cached = cache == null ? java.util.Optional.<List<Product>>empty() : cache.get(q);
            if (cached.isPresent()) {
                answers.put(q, new Answer(cached.get(), 0, cache.fetchedAt(q).orElse(clock.instant()), null));
            } else {
                toFetch.add(q);
            }
        }
        if (!toFetch.isEmpty()) {
            String noCredentials = credentialsProblem();
            if (noCredentials != null) {
                toFetch.forEach(q -> answers.put(q, new Answer(List.of(), 0, null, noCredentials)));
            } else {
                answers.putAll(fetchAll(toFetch, cancellation));
            }
        }
        Map<PriceRequest, PriceResult> out = new LinkedHashMap<>();
        byQuery.forEach((q, reqs) -> {
            Answer a = answers.get(q);
            for (PriceRequest r : reqs) {
                out.put(r, resolve(r, a));
            }
        });
        return out;
    }

    private String credentialsProblem() {
        if (credentials == null) {
            return null;
        }
        try {
            credentials.resolveCredentials();
            return null;
        } catch (RuntimeException e) {
            String why = firstSentence(e.getMessage());
            int chain = why.indexOf(" AwsCredentialsProviderChain(");
            if (chain > 0) {
                why = why.substring(0, chain);
            }
            return TEXT.get("live.noCredentials", why.length() > 160 ? why.substring(0, 157) + "..." : why);
        }
    }

    private Map<ProductQuery, Answer> fetchAll(List<ProductQuery> queries, Cancellation cancellation) {
        Map<ProductQuery, Answer> out = new LinkedHashMap<>();
        java.util.concurrent.atomic.AtomicReference<String> blocked = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, queries.size()), r -> {
            Thread t = new Thread(r, "cloudwright-prices");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<ProductQuery, Future<Answer>> futures = new LinkedHashMap<>();
            for (ProductQuery q : queries) {
                futures.put(q, pool.submit(() -> fetch(q, cancellation, blocked)));
            }
            long end = System.nanoTime() + deadline.toNanos();
            for (Map.Entry<ProductQuery, Future<Answer>> f : futures.entrySet()) {
                out.put(f.getKey(), await(f.getValue(), end, cancellation));
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private Answer await(Future<Answer> future, long end, Cancellation cancellation) {
        while (true) {
            if (cancellation.isCancelled()) {
                future.cancel(true);
                return new Answer(List.of(), 0, null, TEXT.get("missing.cancelled"));
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                future.cancel(true);
                return new Answer(List.of(), 0, null,
                        TEXT.get("live.failed", TEXT.get("live.timeout", deadline.toSeconds())));
            }
            try {
                return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // poll cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                return new Answer(List.of(), 0, null, TEXT.get("missing.cancelled"));
            } catch (ExecutionException e) {
                return new Answer(List.of(), 0, null, TEXT.get("live.failed", describe(e.getCause())));
            } catch (CancellationException e) {
                return new Answer(List.of(), 0, null, TEXT.get("missing.cancelled"));
            }
        }
    }

    /**
     * One query, all pages. A failure that every other query would meet too (the network is
     * unreachable, the credentials are refused) is put in {@code blocked}, and the queries still
     * waiting report it at once instead of each retrying against a dead endpoint.
     */
    private Answer fetch(ProductQuery query, Cancellation cancellation, java.util.concurrent.atomic.AtomicReference<String> blocked) {
        String already = blocked.get();
        if (already != null) {
            return new Answer(List.of(), 0, null, already);
        }
        List<Filter> filters = new ArrayList<>();
        query.filters().forEach((field, value) -> filters.add(Filter.builder().type(FilterType.TERM_MATCH)
                .field(field).value(value).build()));
        List<Product> products = new ArrayList<>();
        int malformed = 0;
        String token = null;
        try {
            do {
                cancellation.check();
                GetProductsRequest.Builder req = GetProductsRequest.builder().serviceCode(query.service())
                        .filters(filters).formatVersion("aws_v1").maxResults(PAGE_SIZE);
                if (token != null) {
                    req.nextToken(token);
                }
                apiCalls.incrementAndGet();
                GetProductsResponse page = client.getProducts(req.build());
                for (String element : page.priceList()) {
                    try {
                        products.add(PriceListParser.parse(element));
                    } catch (IllegalArgumentException e) {
                        malformed++;
                    }
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (CancellationException e) {
            return new Answer(List.of(), 0, null, TEXT.get("missing.cancelled"));
        } catch (SdkException e) {
            String reason = TEXT.get("live.failed", describe(e));
            if (affectsEveryQuery(e)) {
                blocked.compareAndSet(null, reason);
            }
            return new Answer(List.of(), 0, null, reason);
        }
        if (cache != null && malformed == 0) {
            cache.put(query, products);
        }
        return new Answer(products, malformed, clock.instant(), null);
    }

    private static boolean affectsEveryQuery(SdkException e) {
        if (e instanceof software.amazon.awssdk.core.exception.SdkClientException) {
            return true;
        }
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            String code = String.valueOf(s.awsErrorDetails().errorCode());
            return code.equals("AccessDeniedException") || code.equals("UnrecognizedClientException")
                    || code.equals("InvalidSignatureException") || code.startsWith("ExpiredToken")
                    || code.equals("InvalidClientTokenId");
        }
        return false;
    }

    private PriceResult resolve(PriceRequest request, Answer answer) {
        if (answer == null) {
            return new PriceResult.Missing(TEXT.get("missing.noAnswer"));
        }
        if (answer.failure() != null) {
            return new PriceResult.Missing(answer.failure());
        }
        ProductChoice.Outcome choice = ProductChoice.pick(request.key(), request.region(), answer.products(), false);
        if (choice instanceof ProductChoice.Ambiguous a) {
            return new PriceResult.Missing(TEXT.get("missing.ambiguous", a.count(),
                    request.key().canonical(), request.region()));
        }
        if (!(choice instanceof ProductChoice.One one)) {
            String reason = TEXT.get("missing.noProduct", request.key().canonical(), request.region());
            if (answer.malformed() > 0) {
                reason += " (" + TEXT.get("live.malformed", answer.malformed()) + ")";
            }
            return new PriceResult.Missing(reason);
        }
        String detail = "SKU " + one.product().sku();
        if (answer.malformed() > 0) {
            detail += "; " + TEXT.get("live.malformed", answer.malformed());
        }
        return new PriceResult.Found(one.product().onDemand(), new PriceOrigin(TEXT.get("source.live"),
                answer.fetchedAt().toString(), detail, null));
    }

    static String describe(Throwable e) {
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            String code = s.awsErrorDetails().errorCode();
            String message = s.awsErrorDetails().errorMessage();
            return (code == null ? "HTTP " + s.statusCode() : code) + (message == null ? "" : ": " + firstSentence(message));
        }
        return firstSentence(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "";
        }
        String oneLine = message.replace('\n', ' ').strip();
        int dot = oneLine.indexOf(". ");
        return dot > 0 ? oneLine.substring(0, dot) : oneLine;
    }
}
