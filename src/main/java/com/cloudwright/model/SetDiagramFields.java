package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;

/** Renames the diagram or changes its Region. */
public final class SetDiagramFields extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final String name;
    private final String region;

    public SetDiagramFields(String name, String region) {
        this.name = name;
        this.region = region;
    }

    @Override
    protected void perform(Edit edit) {
        edit.setFields(name, region);
    }

    @Override
    public String description() {
        return TEXT.get("command.diagram");
    }
}
