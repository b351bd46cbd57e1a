#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's spare OS threads, parked between jobs, so that a
/// ``GatedThreadRun`` borrows its threads instead of creating and joining
/// them. Creating and joining a thread costs tens of microseconds, more
/// than a whole gated step: `explore locks` runs a scene once per schedule,
/// tens of thousands of times, and the screens run a scene per seed.
///
/// A job runs on an idle parked thread (one is started when none is idle),
/// and the thread parks again after it: it takes itself back to the idle
/// list unless `maxIdle` threads are idle already, in which case it exits.
/// The caller learns that the job ended from the job itself (a run waits
/// until each body has done its last step), not from a join.
///
///     _ParkedThreads.shared.run { print("on a parked thread") }
///
/// - Complexity: O(1) per job, besides the job; the first jobs (and jobs
///   beyond the idle threads) start a thread.
internal final class _ParkedThreads: @unchecked Sendable {
    // @unchecked: `_idle` is read and written only under `_mutex`.

    /// The pool every gated run shares.
    static let shared = _ParkedThreads(maxIdle: 16)

    /// The most threads kept parked; more than a few runs at once (the
    /// tests run in parallel) are not worth keeping threads for.
    let maxIdle: Int

    private let _mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var _idle: [_ParkedThread] = []

    init(maxIdle: Int) {
        self.maxIdle = maxIdle
        _mutex = .allocate(capacity: 1)
        pthread_mutex_init(_mutex, nil)
    }

    deinit {
        // Only the shared pool exists, and it lives as long as the process.
        pthread_mutex_destroy(_mutex)
        _mutex.deallocate()
    }

    /// Runs `job` on a parked thread (started if none is idle) and returns
    /// at once.
    ///
    /// - Complexity: O(1), or a thread start.
    func run(_ job: @escaping @Sendable () -> Void) {
        pthread_mutex_lock(_mutex)
        let parked = _idle.popLast()
        pthread_mutex_unlock(_mutex)
        if let parked {
            parked.give(job)
        } else {
            _ParkedThread.start(job, pool: self)
        }
    }

    /// Takes a thread that finished its job back; false when enough are
    /// idle, and the thread should exit.
    fileprivate func park(_ thread: _ParkedThread) -> Bool {
        pthread_mutex_lock(_mutex)
        defer { pthread_mutex_unlock(_mutex) }
        guard _idle.count < maxIdle else { return false }
        _idle.append(thread)
        return true
    }
}

/// One detached OS thread that runs the jobs it is given, one at a time,
/// sleeping on its own wake-up between them.
private final class _ParkedThread: @unchecked Sendable {
    // @unchecked: `_job` is written by the giver before `wake()` and read
    // by the thread after `sleep()`: the semaphore orders the two.
    private let _wakeup = _ThreadWakeup()
    private var _job: (@Sendable () -> Void)?

    /// Starts a thread that runs `job` first.
    static func start(_ job: @escaping @Sendable () -> Void, pool: _ParkedThreads) {
        let thread = _ParkedThread()
        thread._job = job
        // The thread keeps itself (and the pool) alive while it lives.
        let context = Unmanaged.passRetained(_Context(thread: thread, pool: pool)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        defer { pthread_attr_destroy(&attributes) }
        #if canImport(Glibc)
        var handle = pthread_t()
        let status = pthread_create(
            &handle, &attributes,
            { raw in
                let context = Unmanaged<_Context>.fromOpaque(raw!).takeRetainedValue()
                context.thread._main(pool: context.pool)
                return nil
            }, context)
        #else
        var handle: pthread_t?
        let status = pthread_create(
            &handle, &attributes,
            { raw in
                let context = Unmanaged<_Context>.fromOpaque(raw).takeRetainedValue()
                context.thread._main(pool: context.pool)
                return nil
            }, context)
        #endif
        precondition(status == 0, "pthread_create failed (\(status))")
    }

    /// Hands a parked thread its next job.
    func give(_ job: @escaping @Sendable () -> Void) {
        _job = job
        _wakeup.wake()
    }

    private func _main(pool: _ParkedThreads) {
        while true {
            _runJob()
            guard pool.park(self) else { return }
            _wakeup.sleep()
        }
    }

    /// Runs the job given and lets it go before the thread parks: what it
    /// captured (a run) must not live on in a parked thread.
    @inline(never)
    private func _runJob() {
        let job = _job.take()!
        job()
    }

    private final class _Context {
        let thread: _ParkedThread
        let pool: _ParkedThreads
        init(thread: _ParkedThread, pool: _ParkedThreads) {
            self.thread = thread
            self.pool = pool
        }
    }
}
