import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Rewrites the pre-Java-6 class files under a package prefix of a jar as Java 8 class files, with the stack
 * map frames Java 6 introduced, computed by the JDK's class-file API. Run by cli/pom.xml on the packaged
 * jar (JDK 24 or newer):
 *
 * <pre>java UpgradeClassFiles.java JAR PREFIX...</pre>
 *
 * <p>Why: picocli is compiled for Java 5, and the JDK's AOT cache leaves out every class older than Java 6
 * once it has been linked ("Old class has been linked"), so each start loaded, parsed and verified picocli's
 * 174 classes from the jar again: about 25-40 ms of a one-file check (docs/performance.md). The bytecode
 * itself is not changed, only re-emitted with frames; the JVM's verifier checks those frames at load time
 * like any other, so a wrong frame would fail loudly rather than run. The jar is replaced by renaming a
 * complete new file over it.
 */
public final class UpgradeClassFiles {
    private static final int TARGET_MAJOR = ClassFile.JAVA_8_VERSION;
    private static final int FIRST_WITH_FRAMES = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java UpgradeClassFiles.java JAR PREFIX...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        int upgraded = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                JarFile in = new JarFile(jar.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp))) {
            // Frames need the common superclass of two types: resolved from the jar itself, then the JDK.
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (selected(entry.getName(), args) && majorVersion(bytes) < FIRST_WITH_FRAMES) {
                    bytes = upgrade(classFile, bytes);
                    upgraded++;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        // A temporary file is created owner-only; the jar keeps the permissions it was built with.
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("UpgradeClassFiles: " + upgraded + " class files in " + jar.getFileName() + " now Java " + (TARGET_MAJOR - 44));
    }

    private static boolean selected(String name, String[] args) {
        if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            if (name.startsWith(args[i])) {
                return true;
            }
        }
        return false;
    }

    /** The class file's major version (bytes 6-7, after the magic number and the minor version). */
    static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] upgrade(ClassFile classFile, byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        // Rebuilding every method body (rather than copying it through) is what makes the API emit frames.
        ClassTransform newVersion = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.with(ClassFileVersion.of(TARGET_MAJOR, 0));
            } else {
                builder.with(element);
            }
        };
        return classFile.transformClass(model, newVersion.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
    }

    private UpgradeClassFiles() {}
}
