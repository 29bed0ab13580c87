#pragma once
// A fixed set of Tesseract engines, one per worker thread: each is created once and lent
// to one thread at a time, so no page pays for loading models.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "ocr/TesseractEngine.hpp"

namespace sohoa::ocr {

class TesseractEnginePool {
 public:
  TesseractEnginePool(std::size_t engines, const OcrSettings& settings);

  class Lease {
   public:
    Lease(TesseractEnginePool& pool, TesseractEngine* engine) : pool_(&pool), engine_(engine) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), engine_(other.engine_) { other.engine_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (engine_) pool_->giveBack(engine_);
    }
    TesseractEngine& operator*() const { return *engine_; }
    TesseractEngine* operator->() const { return engine_; }

   private:
    TesseractEnginePool* pool_;
    TesseractEngine* engine_;
  };

  // Blocks until an engine is free.
  Lease acquire();
  std::size_t size() const { return engines_.size(); }

 private:
  void giveBack(TesseractEngine* engine);

  std::vector<std::unique_ptr<TesseractEngine>> engines_;
  std::vector<TesseractEngine*> idle_;
  std::mutex mutex_;
  std::condition_variable available_;
};

}  // namespace sohoa::ocr
