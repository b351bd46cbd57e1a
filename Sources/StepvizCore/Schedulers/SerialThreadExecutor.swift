#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A task executor with one dedicated OS thread that runs its jobs one
/// after another.
///
/// It lets synchronous code (the command line, a synchronous test) run a
/// scheduler to completion by blocking its own thread: the coroutines run
/// on this executor's thread, never on the cooperative pool, so blocking a
/// pool thread (there are only two on a 2-core machine) cannot starve them.
///
///     let end = SerialThreadExecutor.runBlocking { executor in
///         let scheduler = TaskScheduler(executor: executor)
///         scheduler.spawn("countdown 2", CoroutineDemos.countdown(2))
///         return await scheduler.run()
///     }
///
/// Only ``runBlocking(_:)`` creates one, and it always shuts it down:
/// the thread holds the executor strongly while it runs (it reads the job
/// queue through it), so an executor nobody shut down would keep itself
/// and its thread alive for ever. With the initializer and `shutdown()`
/// internal, that misuse cannot be written outside this module.
///
/// A job enqueued from the executor's own thread (a coroutine resuming the
/// next one, the common case by far) goes to a queue only that thread
/// touches, with no lock and no wake-up; one from another thread goes
/// through the mutex, and the thread moves those over between jobs, so
/// neither kind can starve the other.
///
/// - Complexity: O(1) amortized per job.
public final class SerialThreadExecutor: TaskExecutor, @unchecked Sendable {
    // @unchecked: `jobs` and `stopping` are read and written only under
    // `mutex`; `local` only on the executor's thread.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var jobs: [UnownedJob] = []
    private var stopping = false
    private var thread: _ThreadStart.Handle?
    /// Jobs enqueued by the executor's own thread. Unchecked exclusivity:
    /// only that thread reads or writes it, never re-entrantly (a job runs
    /// after it was taken off), and a dynamic check costs more than the
    /// queue operation.
    @exclusivity(unchecked)
    private var local = _RunQueue<UnownedJob>()
    /// Whether `jobs` may be non-empty: lets the thread see remote jobs
    /// without taking the mutex between local ones.
    private let remotePending = Atomic<Bool>(false)
    /// The executor thread's pthread_t once it runs (0 before).
    private let owner = Atomic<UInt>(0)

    /// Starts the executor's thread. Internal: pair it with `shutdown()`,
    /// as ``runBlocking(_:)`` does, or it and its thread leak.
    internal init() {
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
        thread = _ThreadStart.spawn { [self] in self.runJobs() }
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Queues `job` to run on the executor's thread after those before it.
    ///
    /// - Complexity: O(1) amortized.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        if owner.load(ordering: .relaxed) == UInt(bitPattern: Int(bitPattern: pthread_self())) {
            local.append(job)
            return
        }
        pthread_mutex_lock(mutex)
        jobs.append(job)
        remotePending.store(true, ordering: .relaxed)
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Lets the thread finish the jobs queued, then joins it; the thread
    /// then drops its reference to the executor.
    internal func shutdown() {
        pthread_mutex_lock(mutex)
        stopping = true
        pthread_cond_signal(condition)
        let thread = self.thread
        self.thread = nil
        pthread_mutex_unlock(mutex)
        if let thread { _ThreadStart.join(thread) }
    }

    private func runJobs() {
        owner.store(UInt(bitPattern: Int(bitPattern: pthread_self())), ordering: .relaxed)
        let executor = asUnownedTaskExecutor()
        while true {
            if local.isEmpty || remotePending.load(ordering: .relaxed) {
                // Move the remote jobs behind the local ones; wait only
                // when there is nothing at all to run.
                pthread_mutex_lock(mutex)
                while jobs.isEmpty && local.isEmpty && !stopping { pthread_cond_wait(condition, mutex) }
                for job in jobs { local.append(job) }
                jobs.removeAll(keepingCapacity: true)
                remotePending.store(false, ordering: .relaxed)
                let done = local.isEmpty
                pthread_mutex_unlock(mutex)
                if done { return }
            }
            guard let job = local.popFirst() else { continue }
            job.runSynchronously(on: executor)
        }
    }

    /// Runs `operation` on a fresh executor's thread (pass the executor on
    /// to the schedulers it creates), blocks the calling thread until it
    /// returns, then stops the executor. Safe from any thread, the
    /// cooperative pool's included: nothing it waits for runs there. When it
    /// returns, the executor's thread has been joined; do not keep the
    /// executor past the operation.
    ///
    ///     let end = SerialThreadExecutor.runBlocking { executor in
    ///         let scheduler = TaskScheduler(executor: executor)
    ///         scheduler.spawn("countup 2", CoroutineDemos.countup(2))
    ///         return await scheduler.run()
    ///     }
    ///
    /// - Complexity: the operation's, plus starting and joining one thread.
    public static func runBlocking<Result: Sendable>(
        _ operation: @escaping @Sendable (SerialThreadExecutor) async -> Result
    ) -> Result {
        let executor = SerialThreadExecutor()
        let box = _BlockingResult<Result>()
        Task(executorPreference: executor) {
            box.put(await operation(executor))
        }
        let result = box.take()
        executor.shutdown()
        return result
    }
}
