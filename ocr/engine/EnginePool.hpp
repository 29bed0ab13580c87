#pragma once
// A fixed set of OCR engines, one per worker thread: each is created once and lent to one
// thread at a time, so no page pays for loading models.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::ocr {

class EnginePool {
 public:
  using MakeEngine = std::function<std::unique_ptr<OcrEngine>()>;
  EnginePool(std::size_t engines, const MakeEngine& make);

  class Lease {
   public:
    Lease(EnginePool& pool, OcrEngine* engine) : pool_(&pool), engine_(engine) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), engine_(other.engine_) { other.engine_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (engine_) pool_->giveBack(engine_);
    }
    OcrEngine& operator*() const { return *engine_; }
    OcrEngine* operator->() const { return engine_; }

   private:
    EnginePool* pool_;
    OcrEngine* engine_;
  };

  // Blocks until an engine is free.
  Lease acquire();
  std::size_t size() const { return engines_.size(); }

 private:
  void giveBack(OcrEngine* engine);

  std::vector<std::unique_ptr<OcrEngine>> engines_;
  std::vector<OcrEngine*> idle_;
  std::mutex mutex_;
  std::condition_variable available_;
};

}  // namespace sohoa::ocr
