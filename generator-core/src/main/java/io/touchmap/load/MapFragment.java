package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.model.Channel;
import io.touchmap.model.Competitor;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Persona;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.ValueProposition;
import java.util.ArrayList;
import java.util.List;

/** What one YAML file contributes to a map; the loader concatenates the fragments in path order. */
final class MapFragment {
    final List<MapInfo> infos = new ArrayList<>();
    final List<LifecycleStage> stages = new ArrayList<>();
    final List<Channel> channels = new ArrayList<>();
    final List<Persona> personas = new ArrayList<>();
    final List<Touchpoint> touchpoints = new ArrayList<>();
    final List<ValueProposition> valuePropositions = new ArrayList<>();
    final List<Competitor> competitors = new ArrayList<>();
    /** The references to a stage, channel or persona that are not valid ids, each reported once read. */
    final List<BadReference> badReferences = new ArrayList<>();

    /**
     * A reference of {@code kind} ({@code stage}, {@code channel} or {@code persona}) written as {@code written},
     * which is not a valid id, and the problem reported for it.
     */
    record BadReference(String kind, String written, Diagnostic problem) {
    }
}
