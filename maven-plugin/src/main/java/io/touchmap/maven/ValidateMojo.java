package io.touchmap.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Loads the touchpoint map, logs every problem as {@code path:line:col: severity CODE message}, and fails on errors. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractTouchmapMojo {

    @Override
    protected void run() throws MojoFailureException {
        loadAndCheck();
    }
}
