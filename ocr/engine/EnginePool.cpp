#include "ocr/engine/EnginePool.hpp"

namespace sohoa::ocr {

EnginePool::EnginePool(std::size_t engines, const MakeEngine& make) {
  for (std::size_t i = 0; i < std::max<std::size_t>(engines, 1); ++i) {
    engines_.push_back(make());
    idle_.push_back(engines_.back().get());
  }
}

EnginePool::Lease EnginePool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [this] { return !idle_.empty(); });
  OcrEngine* engine = idle_.back();
  idle_.pop_back();
  return Lease(*this, engine);
}

void EnginePool::giveBack(OcrEngine* engine) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(engine);
  }
  available_.notify_one();
}

}  // namespace sohoa::ocr
