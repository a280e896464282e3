package com.cloudwright.model;

/** Renames the diagram or changes its Region. */
public final class SetDiagramFields extends DiagramCommand {

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
        return Messages.format("command.diagram");
    }
}
