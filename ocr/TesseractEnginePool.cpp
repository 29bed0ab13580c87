#include "ocr/TesseractEnginePool.hpp"

namespace sohoa::ocr {

TesseractEnginePool::TesseractEnginePool(std::size_t engines, const OcrSettings& settings) {
  for (std::size_t i = 0; i < std::max<std::size_t>(engines, 1); ++i) {
    engines_.push_back(std::make_unique<TesseractEngine>(settings));
    idle_.push_back(engines_.back().get());
  }
}

TesseractEnginePool::Lease TesseractEnginePool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [this] { return !idle_.empty(); });
  TesseractEngine* engine = idle_.back();
  idle_.pop_back();
  return Lease(*this, engine);
}

void TesseractEnginePool::giveBack(TesseractEngine* engine) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(engine);
  }
  available_.notify_one();
}

}  // namespace sohoa::ocr
