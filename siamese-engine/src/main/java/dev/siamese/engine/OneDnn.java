package dev.siamese.engine;

import org.bytedeco.dnnl.dnnl_engine;
import org.bytedeco.dnnl.dnnl_exec_arg_t;
import org.bytedeco.dnnl.dnnl_memory;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.bytedeco.dnnl.dnnl_primitive;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.bytedeco.dnnl.dnnl_stream;
import org.bytedeco.dnnl.dnnl_version_t;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.bytedeco.dnnl.global.dnnl.dnnl_cpu;
import static org.bytedeco.dnnl.global.dnnl.dnnl_engine_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_f32;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_desc_init_by_tag;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_set_data_handle;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_execute;
import static org.bytedeco.dnnl.global.dnnl.dnnl_reorder_primitive_desc_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_default_flags;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_wait;
import static org.bytedeco.dnnl.global.dnnl.dnnl_success;
import static org.bytedeco.dnnl.global.dnnl.dnnl_version;

/**
 * oneDNN called directly (JavaCPP's {@code org.bytedeco:dnnl} preset, its own oneDNN 2.5), past libnd4j's op
 * wrappers, which create every primitive anew on every call and reorder each output into the kernel's layout
 * before the kernel overwrites it. Used where ND4J's arrays live in host memory (the CPU backend); switched off by
 * the system property {@value #SWITCH_PROPERTY}{@code =false}, or where the preset's natives do not load on this
 * platform. One engine for the process and one stream per thread; every call waits for its stream.
 */
final class OneDnn {
    /** "false" turns the direct calls off: DL4J's own path (libnd4j's op wrappers) runs instead. */
    static final String SWITCH_PROPERTY = "siamese.onednn.direct";

    private static final Logger LOG = LoggerFactory.getLogger(OneDnn.class);
    /** Tells oneDNN to allocate a memory's buffer itself (64-byte aligned), {@code DNNL_MEMORY_ALLOCATE}. */
    private static final Pointer ALLOCATE = new Pointer() {
        {
            address = -1L;
        }
    };

    private final dnnl_engine engine;
    private final String version;
    private final ThreadLocal<dnnl_stream> streams;

    private OneDnn(dnnl_engine engine, String version) {
        this.engine = engine;
        this.version = version;
        this.streams = ThreadLocal.withInitial(() -> {
            dnnl_stream stream = new dnnl_stream();
            check(dnnl_stream_create(stream, engine, dnnl_stream_default_flags), "stream");
            return stream;
        });
    }

    /** The runtime, where the switch is on, ND4J runs on the CPU and the preset loads; found once. */
    static Optional<OneDnn> runtime() {
        return Loaded.RUNTIME;
    }

    /** Loads the runtime on first use (the JVM initialises a class once, without a lock on every later call). */
    private static final class Loaded {
        static final Optional<OneDnn> RUNTIME = load();
    }

    private static Optional<OneDnn> load() {
        if ("false".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY))) {
            LOG.info("oneDNN direct convolutions off ({}=false)", SWITCH_PROPERTY);
            return Optional.empty();
        }
        if (!"CPU".equalsIgnoreCase(Backends.initialise().name())) {
            return Optional.empty();
        }
        try {
            dnnl_engine engine = new dnnl_engine();
            check(dnnl_engine_create(engine, dnnl_cpu, 0), "engine");
            dnnl_version_t v = dnnl_version();
            String version = String.format(Locale.ROOT, "%d.%d.%d", v.major(), v.minor(), v.patch());
            LOG.info("oneDNN {} for convolutions, called directly", version);
            return Optional.of(new OneDnn(engine, version));
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("oneDNN's preset did not load ({}); convolutions go through libnd4j's op wrappers", e.toString());
            return Optional.empty();
        }
    }

    /** The preset's oneDNN version, for logs. */
    String version() {
        return version;
    }

    dnnl_engine engine() {
        return engine;
    }

    /** Runs {@code primitive} on this thread's stream with {@code arguments} and waits for it. */
    void execute(dnnl_primitive primitive, Arguments arguments) {
        dnnl_stream stream = streams.get();
        check(dnnl_primitive_execute(primitive, stream, arguments.count, arguments.args.position(0)), "execute");
        check(dnnl_stream_wait(stream), "wait");
    }

    /** The memories a primitive runs on, by oneDNN's argument numbers ({@code DNNL_ARG_SRC}, ...). */
    static final class Arguments {
        private final dnnl_exec_arg_t args;
        private final int capacity;
        private int count;

        Arguments(int capacity, Resources resources) {
            this.args = resources.add(new dnnl_exec_arg_t(capacity));
            this.capacity = capacity;
        }

        /** Adds {@code memory} as argument {@code arg}; a null memory (an absent bias) is left out. */
        Arguments put(int arg, dnnl_memory memory) {
            if (memory != null) {
                if (count == capacity) {
                    throw new IllegalStateException("more than " + capacity + " arguments");
                }
                args.position(count++).arg(arg).memory(memory);
            }
            return this;
        }

        /** Makes argument {@code arg}, already put, run on {@code memory}. */
        void replace(int arg, dnnl_memory memory) {
            for (int i = 0; i < count; i++) {
                if (args.position(i).arg() == arg) {
                    args.memory(memory);
                    return;
                }
            }
            throw new IllegalArgumentException("no argument " + arg);
        }
    }

    /** A float memory descriptor of {@code dims} laid out as {@code tag} ({@code dnnl_format_tag_any}: the kernel's). */
    static dnnl_memory_desc_t descriptor(long[] dims, int tag) {
        dnnl_memory_desc_t md = new dnnl_memory_desc_t();
        check(dnnl_memory_desc_init_by_tag(md, dims.length, dims, dnnl_f32, tag), "memory descriptor");
        return md;
    }

    /** A memory of {@code md} with a buffer of its own (freed with it). */
    dnnl_memory allocated(dnnl_memory_desc_t md, Resources resources) {
        dnnl_memory memory = resources.add(new dnnl_memory());
        check(dnnl_memory_create(memory, md, engine, ALLOCATE), "memory");
        return memory;
    }

    /** A memory of {@code md} whose buffer is set before each use ({@link #point}). */
    dnnl_memory user(dnnl_memory_desc_t md, Resources resources) {
        dnnl_memory memory = resources.add(new dnnl_memory());
        check(dnnl_memory_create(memory, md, engine, null), "memory");
        return memory;
    }

    /** A reorder from {@code from}'s layout to {@code to}'s. */
    dnnl_primitive reorder(dnnl_memory_desc_t from, dnnl_memory_desc_t to, Resources resources) {
        dnnl_primitive_desc pd = resources.add(new dnnl_primitive_desc());
        check(dnnl_reorder_primitive_desc_create(pd, from, engine, to, engine, null), "reorder");
        return primitive(pd, resources);
    }

    static dnnl_primitive primitive(dnnl_primitive_desc pd, Resources resources) {
        dnnl_primitive primitive = resources.add(new dnnl_primitive());
        check(dnnl_primitive_create(primitive, pd), "primitive");
        return primitive;
    }

    /** Points {@code memory} at {@code array}'s elements (a dense float array in row-major order). */
    static void point(dnnl_memory memory, INDArray array) {
        if (!dense(array)) {
            throw new IllegalArgumentException("not a dense row-major float array: " + array.shapeInfoToString());
        }
        long start = start(array);
        check(dnnl_memory_set_data_handle(memory, new Pointer() {
            {
                address = start; // the field: a local of that name would be shadowed here
            }
        }), "data handle");
    }

    /** The address of {@code array}'s first element. */
    static long start(INDArray array) {
        return array.data().address() + array.offset() * array.data().getElementSize();
    }

    /**
     * Whether {@code array} is float and its elements lie in row-major order without gaps (a view of a contiguous
     * range is fine; the stride of a dimension of size 1 does not matter, nor the order ND4J records).
     */
    static boolean dense(INDArray array) {
        if (array.dataType() != DataType.FLOAT) {
            return false;
        }
        long[] shape = array.shape();
        long[] stride = array.stride();
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && stride[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** The native objects of one set of primitives, destroyed together (by a {@link java.lang.ref.Cleaner}). */
    static final class Resources implements Runnable {
        private final List<Pointer> objects = new ArrayList<>();

        <T extends Pointer> T add(T object) {
            objects.add(object);
            return object;
        }

        @Override
        public void run() {
            for (int i = objects.size() - 1; i >= 0; i--) {
                Pointer o = objects.get(i);
                if (o.isNull()) {
                    continue;
                }
                if (o instanceof dnnl_primitive p) {
                    dnnl_primitive_destroy(p);
                } else if (o instanceof dnnl_primitive_desc pd) {
                    dnnl_primitive_desc_destroy(pd);
                } else if (o instanceof dnnl_memory m) {
                    dnnl_memory_destroy(m);
                }
            }
            objects.clear();
        }
    }

    static void check(int status, String what) {
        if (status != dnnl_success) {
            throw new IllegalStateException("oneDNN " + what + " failed with status " + status);
        }
    }
}
