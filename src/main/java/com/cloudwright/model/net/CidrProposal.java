package com.cloudwright.model.net;

import java.util.Optional;

/** A proposed subnet block, or why there is none ("the VPC 10.0.0.0/24 has no free /26 left"). */
public record CidrProposal(Optional<String> cidr, Optional<String> problem) {

    static CidrProposal of(String cidr) {
        return new CidrProposal(Optional.of(cidr), Optional.empty());
    }

    static CidrProposal none(String problem) {
        return new CidrProposal(Optional.empty(), Optional.of(problem));
    }
}
