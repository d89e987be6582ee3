// The process's allocator: mimalloc (linked in place of glibc's malloc, see CMakeLists.txt),
// on 2 MiB pages. A run touches a few MB of fresh memory (documents, models, the findings
// log), and on a virtual machine every first touch of a 4 KiB page can be a costly trap: on
// the 2-core CI machine those traps were a fifth of a run over 580 templates. With 2 MiB
// pages they are 512 times fewer. MIMALLOC_LARGE_OS_PAGES=0 in the environment turns it off.
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <mimalloc.h>

namespace {

// mimalloc 2 hands out memory from 32 MiB segments aligned to their size.
constexpr std::uintptr_t kSegmentBytes = std::uintptr_t{32} << 20;

bool turnedOff() {
  const char* v = std::getenv("MIMALLOC_LARGE_OS_PAGES");
  return v != nullptr && (std::strcmp(v, "0") == 0 || std::strcmp(v, "false") == 0);
}

// Runs before this program's other static constructors. Segments mapped from now on use
// large pages; the segment the libraries' constructors already took is advised the same
// way, so its pages not yet touched are mapped 2 MiB at a time (advice only: harmless where
// the kernel has transparent huge pages turned off).
__attribute__((constructor(101))) void useLargePages() {
  if (turnedOff()) return;
  mi_option_enable(mi_option_large_os_pages);
  void* probe = mi_malloc(16);
  auto base = reinterpret_cast<std::uintptr_t>(probe) & ~(kSegmentBytes - 1);
  if (mi_is_in_heap_region(probe))
    ::madvise(reinterpret_cast<void*>(base), kSegmentBytes, MADV_HUGEPAGE);
  mi_free(probe);
}

}  // namespace
