package com.cloudwright.cfn;

/**
 * The order of the wiring phase, earliest first (nodes of one stage by id). APIs first (the
 * functions exist by then), WAF before CloudFront (which names its ACL), CloudFront and load
 * balancers before Route 53 (alias targets), load balancers before Auto Scaling groups (health
 * checks follow target groups), CloudWatch last (alarms on anything).
 */
enum WiringStage {
    API,
    FIREWALL,
    DISTRIBUTION,
    LOAD_BALANCING,
    DNS,
    DEFAULT,
    SCALING,
    MONITORING
}
